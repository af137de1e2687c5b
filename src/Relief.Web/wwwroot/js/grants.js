// Relief grant applications: progressive enhancement only. The form works without it (the server computes totals and
// checks the standard); with it, item values, the total and the standard hint follow what is typed.
(function () {
    "use strict";
    var form = document.getElementById("grant-form");
    if (!form) { return; }
    var lang = document.documentElement.lang || "zh-CN";
    var money = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var standards = {};
    var source = document.getElementById("grant-standards");
    (source ? source.getAttribute("data-standards") || "" : "").split(";").forEach(function (entry) {
        var parts = entry.split("|");
        if (parts.length === 3) { standards[parts[0] + "|" + parts[1]] = parseFloat(parts[2]); }
    });
    var cash = document.getElementById("Input_CashAmount");
    var category = document.getElementById("Input_Category");
    var hint = document.getElementById("standard-hint");
    var above = document.getElementById("above-standard");
    var useStandard = document.getElementById("use-standard");

    function number(input) {
        if (!input) { return 0; }
        var value = parseFloat(String(input.value).replace(/[,，\s¥]/g, ""));
        return isFinite(value) ? value : 0;
    }

    function yuan(value) { return "¥" + money.format(value); }

    function kind() {
        var checked = form.querySelector("input[name='Input.Kind']:checked");
        return checked ? checked.value : "";
    }

    function standard() {
        var key = (category ? category.value : "") + "|" + kind();
        return Object.prototype.hasOwnProperty.call(standards, key) ? standards[key] : null;
    }

    function itemsValue() {
        var sum = 0;
        form.querySelectorAll("[data-item-row]").forEach(function (row) {
            var value = Math.round(number(row.querySelector("[data-quantity]")) * number(row.querySelector("[data-unit-value]")) * 100) / 100;
            var output = row.querySelector("[data-item-value]");
            if (output) { output.textContent = yuan(value); }
            sum += value;
        });
        return Math.round(sum * 100) / 100;
    }

    function refresh() {
        var items = itemsValue();
        var total = Math.round((number(cash) + items) * 100) / 100;
        var limit = standard();
        var set = function (selector, value) { var el = form.querySelector(selector); if (el) { el.textContent = yuan(value); } };
        set("[data-total-cash]", number(cash));
        set("[data-total-items]", items);
        set("[data-total]", total);
        if (hint) {
            hint.textContent = limit === null ? hint.getAttribute("data-none") : hint.getAttribute("data-template").replace("{0}", yuan(limit));
        }
        if (above) {
            var over = limit !== null && total > limit;
            above.hidden = !over;
            above.textContent = over ? above.getAttribute("data-template").replace("{0}", yuan(limit)) : "";
        }
        if (useStandard) { useStandard.hidden = limit === null; }
    }

    if (useStandard) {
        useStandard.addEventListener("click", function () {
            var limit = standard();
            if (limit === null) { return; }
            cash.value = String(Math.max(0, Math.round((limit - itemsValue()) * 100) / 100));
            refresh();
            cash.focus();
        });
    }
    form.addEventListener("input", refresh);
    form.addEventListener("change", refresh);
    refresh();
})();
