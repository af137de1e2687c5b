// Relief household picker, shared by the visit, service event and pairing forms: households found as you type (name or
// last four digits of the ID number) and ticked into the form as Input.HouseholdIds. Progressive enhancement only: the
// form's search button still submits without it.
window.reliefHouseholdPicker = function (form, onChosen) {
    "use strict";
    if (!form || !window.fetch) { return null; }
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

    function checkRow(name, id, value, label, checked) {
        var row = document.createElement("div");
        row.className = "form-check chosen-row";
        var box = document.createElement("input");
        box.type = "checkbox";
        box.className = "form-check-input";
        box.name = name;
        box.id = id;
        box.value = value;
        box.checked = checked;
        var caption = text("label", label, "form-check-label");
        caption.htmlFor = id;
        row.appendChild(box);
        row.appendChild(caption);
        return row;
    }

    function choose(household) {
        var existing = document.getElementById("household-" + household.id);
        if (existing) { existing.checked = true; }
        else { chosen.appendChild(checkRow("Input.HouseholdIds", "household-" + household.id, household.id, household.label, true)); }
        if (none) { none.classList.add("d-none"); }
        results.textContent = "";
        search.value = "";
        search.focus();
        if (onChosen) { onChosen(); }
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
    return { chosen: chosen, checkRow: checkRow };
};
