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

// An import under way: its progress is polled and shown until it is done, then the page is loaded again for the outcome.
(function () {
    "use strict";
    var section = document.getElementById("import-job");
    if (!section || section.getAttribute("data-finished") === "true") return;
    var url = section.getAttribute("data-progress-url");
    var bar = document.getElementById("import-job-bar");
    var status = document.getElementById("import-job-status");
    var counts = document.getElementById("import-job-counts");
    var left = document.getElementById("import-job-left");
    function poll() {
        fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (job) {
                if (!job) return;
                if (job.finished) {
                    window.location.assign(section.getAttribute("data-job-url"));
                    return;
                }
                bar.value = job.percent;
                bar.textContent = job.percent + "%";
                status.textContent = job.statusText;
                counts.textContent = job.countsText;
                left.textContent = job.timeLeftText;
                window.setTimeout(poll, 1000);
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 1000);
})();
