// Relief service events and pairing: progressive enhancement only; every form works without it (the search is a submit
// button, and fields of other kinds are simply ignored on save).
(function () {
    "use strict";
    // Fields that belong to some kinds only carry data-kinds="JobFair Training"; show those of the kind chosen.
    document.querySelectorAll("[data-kind-switch]").forEach(function (form) {
        var name = form.getAttribute("data-kind-switch");
        var radios = form.querySelectorAll("input[type=radio][name='" + name + "']");
        function apply() {
            var chosen = form.querySelector("input[type=radio][name='" + name + "']:checked");
            var kind = chosen ? chosen.value : "";
            form.querySelectorAll("[data-kinds]").forEach(function (element) {
                var kinds = element.getAttribute("data-kinds").split(" ");
                element.hidden = kinds.indexOf(kind) < 0;
            });
        }
        radios.forEach(function (radio) { radio.addEventListener("change", apply); });
        apply();
    });
})();

(function () {
    "use strict";
    // A field needed only while a select is empty (the year of a pairing when no campaign is chosen).
    document.querySelectorAll("[data-shown-without]").forEach(function (element) {
        var select = document.getElementById(element.getAttribute("data-shown-without"));
        if (!select) { return; }
        function apply() { element.hidden = select.value !== ""; }
        select.addEventListener("change", apply);
        apply();
    });
})();

(function () {
    "use strict";
    // Households found as you type (name or last four digits of the ID number), ticked into the form.
    var form = document.querySelector("[data-household-picker]");
    if (!form || !window.fetch) { return; }
    var search = document.getElementById("HouseholdSearch");
    var results = document.getElementById("household-results");
    var chosen = document.getElementById("chosen-households");
    var none = document.getElementById("no-household");
    var unit = document.getElementById("Input_OrgUnitId");
    var timer = null;
    var asked = 0;

    function text(tag, value, className) {
        var element = document.createElement(tag);
        element.textContent = value;
        if (className) { element.className = className; }
        return element;
    }

    function choose(household) {
        var existing = document.getElementById("household-" + household.id);
        if (existing) { existing.checked = true; }
        else {
            var row = document.createElement("div");
            row.className = "form-check chosen-row";
            var box = document.createElement("input");
            box.type = "checkbox";
            box.className = "form-check-input";
            box.name = "Input.HouseholdIds";
            box.id = "household-" + household.id;
            box.value = household.id;
            box.checked = true;
            var caption = text("label", household.label, "form-check-label");
            caption.htmlFor = box.id;
            row.appendChild(box);
            row.appendChild(caption);
            chosen.appendChild(row);
        }
        if (none) { none.classList.add("d-none"); }
        results.textContent = "";
        search.value = "";
        search.focus();
    }

    function show(matches, term) {
        results.textContent = "";
        if (matches.length === 0) {
            results.appendChild(text("li", (search.getAttribute("data-nothing") || "").replace("{0}", term), "text-muted py-2"));
            return;
        }
        matches.forEach(function (household) {
            var item = document.createElement("li");
            var button = text("button", household.label, "btn btn-light border w-100 text-start result-button");
            button.type = "button";
            button.addEventListener("click", function () { choose(household); });
            item.appendChild(button);
            results.appendChild(item);
        });
    }

    function lookUp() {
        var term = search.value.trim();
        var ticket = ++asked;
        if (term.length === 0) { results.textContent = ""; return; }
        var url = form.getAttribute("data-search-url") + "&term=" + encodeURIComponent(term) + (unit && unit.value ? "&orgUnitId=" + encodeURIComponent(unit.value) : "");
        fetch(url, { headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (matches) { if (ticket === asked) { show(matches, term); } })
            .catch(function () { /* the search button still works */ });
    }

    search.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(lookUp, 250);
    });
    // Enter in the search box searches; it must not save the form.
    search.addEventListener("keydown", function (event) {
        if (event.key === "Enter") { event.preventDefault(); window.clearTimeout(timer); lookUp(); }
    });
    var button = document.getElementById("household-search-button");
    if (button) {
        button.addEventListener("click", function (event) { event.preventDefault(); window.clearTimeout(timer); lookUp(); });
    }
})();
