// Relief households: progressive enhancement only; the pages work without it.
// An upload over the limit is refused before it is sent, with the same message the server would give.
(function () {
    "use strict";
    document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
        var max = Number(input.getAttribute("data-max-bytes"));
        var message = input.getAttribute("data-too-large") || "";
        var feedback = document.getElementById("upload-size-error");
        input.addEventListener("change", function () {
            var file = input.files && input.files[0];
            var tooLarge = !!file && file.size > max;
            input.setCustomValidity(tooLarge ? message : "");
            input.setAttribute("aria-invalid", tooLarge ? "true" : "false");
            if (feedback) feedback.textContent = tooLarge ? message : "";
        });
        if (input.form) {
            input.form.addEventListener("submit", function (event) {
                if (input.validity.customError) {
                    event.preventDefault();
                    if (feedback) feedback.textContent = message;
                    input.focus();
                }
            });
        }
    });
})();
