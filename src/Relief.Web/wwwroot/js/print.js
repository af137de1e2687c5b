// The print buttons of the notice and the sign-off sheet (no inline scripts under the CSP).
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();
