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

// Households found as you type (name or last four digits of the ID number), ticked into the form.
if (window.reliefHouseholdPicker) { window.reliefHouseholdPicker(document.querySelector("[data-household-picker]")); }
