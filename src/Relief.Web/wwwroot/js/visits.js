// Relief visits: progressive enhancement only; the visit form works without it (search and refresh are submit buttons).
// Households are found as you type (name or last four digits of the ID number); ticking one lists its payable grants.
(function () {
    "use strict";
    // 打印 on the letters page (the browser's own print works as well).
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();

(function () {
    "use strict";
    var form = document.getElementById("visit-form");
    if (!form || !window.fetch) { return; }
    var search = document.getElementById("HouseholdSearch");
    var results = document.getElementById("household-results");
    var chosen = document.getElementById("chosen-households");
    var none = document.getElementById("no-household");
    var handOver = document.getElementById("hand-over");
    var payable = document.getElementById("payable-list");
    var campaign = document.getElementById("Input_CampaignId");
    var unit = document.getElementById("Input_OrgUnitId");
    var timer = null;
    var asked = 0;

    function text(tag, value, className) {
        var element = document.createElement(tag);
        element.textContent = value;
        if (className) { element.className = className; }
        return element;
    }

    function chosenIds() {
        return Array.prototype.map.call(chosen.querySelectorAll("input[name='Input.HouseholdIds']:checked"), function (box) { return box.value; });
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

    function refreshPayable() {
        var ids = chosenIds();
        var ticked = Array.prototype.map.call(payable.querySelectorAll("input:checked"), function (box) { return box.value; });
        var query = ids.map(function (id) { return "ids=" + encodeURIComponent(id); });
        if (campaign && campaign.value) { query.push("campaignId=" + encodeURIComponent(campaign.value)); }
        if (ids.length === 0) { payable.textContent = ""; handOver.classList.add("d-none"); return; }
        fetch(form.getAttribute("data-payable-url") + "&" + query.join("&"), { headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (grants) {
                payable.textContent = "";
                grants.forEach(function (grant) {
                    payable.appendChild(checkRow("Input.HandOverGrantIds", "grant-" + grant.id, grant.id, grant.label, ticked.indexOf(String(grant.id)) >= 0));
                });
                handOver.classList.toggle("d-none", grants.length === 0);
            })
            .catch(function () { /* the list stays as it was; saving still checks every grant */ });
    }

    function choose(household) {
        var existing = document.getElementById("household-" + household.id);
        if (existing) { existing.checked = true; }
        else { chosen.appendChild(checkRow("Input.HouseholdIds", "household-" + household.id, household.id, household.label, true)); }
        if (none) { none.classList.add("d-none"); }
        results.textContent = "";
        search.value = "";
        search.focus();
        refreshPayable();
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
    // Enter in the search box searches; it must not save the visit.
    search.addEventListener("keydown", function (event) {
        if (event.key === "Enter") { event.preventDefault(); window.clearTimeout(timer); lookUp(); }
    });
    var button = document.getElementById("household-search-button");
    if (button) {
        button.addEventListener("click", function (event) { event.preventDefault(); window.clearTimeout(timer); lookUp(); });
    }
    chosen.addEventListener("change", refreshPayable);
    if (campaign) { campaign.addEventListener("change", refreshPayable); }
})();
