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
    // Ticking a household (found by the shared picker) lists its payable grants for handing over.
    var form = document.getElementById("visit-form");
    if (!form) { return; }
    var picker = window.reliefHouseholdPicker(form, refreshPayable);
    if (!picker) { return; }
    var chosen = picker.chosen;
    var handOver = document.getElementById("hand-over");
    var payable = document.getElementById("payable-list");
    var campaign = document.getElementById("Input_CampaignId");

    function chosenIds() {
        return Array.prototype.map.call(chosen.querySelectorAll("input[name='Input.HouseholdIds']:checked"), function (box) { return box.value; });
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
                    payable.appendChild(picker.checkRow("Input.HandOverGrantIds", "grant-" + grant.id, grant.id, grant.label, ticked.indexOf(String(grant.id)) >= 0));
                });
                handOver.classList.toggle("d-none", grants.length === 0);
            })
            .catch(function () { /* the list stays as it was; saving still checks every grant */ });
    }

    chosen.addEventListener("change", refreshPayable);
    if (campaign) { campaign.addEventListener("change", refreshPayable); }
})();
