// Relief papers and photos: sends the chosen files one by one (two at a time) with a progress bar each, so a phone on a
// slow connection sees how far it is. Each file gets an id made here; a retry after a dropped connection sends the same
// id and the server answers with the first upload instead of storing it twice. Without this script the form posts all
// files at once and works the same.
// A phone photo larger than the server keeps (2,048 px on its longest side) is made that size here first, upright, as a
// JPEG: a 12-megapixel photo of 4-6 MB goes up as well under 1 MB, and the camera's metadata (GPS) never leaves the
// phone. The server decodes and re-encodes every image anyway; anything this cannot shrink goes up as it is.
(function () {
    "use strict";
    var parallel = 2;
    var retries = 3;
    var longestSide = 2048;
    var jpegQuality = 0.9;

    function shrink(file, done) {
        if (!/^image\/(jpeg|webp)$/.test(file.type) || !window.createImageBitmap || !window.HTMLCanvasElement) { done(file); return; }
        window.createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
            var scale = longestSide / Math.max(bitmap.width, bitmap.height);
            if (scale >= 1) { bitmap.close(); done(file); return; }
            var canvas = document.createElement("canvas");
            canvas.width = Math.round(bitmap.width * scale);
            canvas.height = Math.round(bitmap.height * scale);
            var context = canvas.getContext("2d");
            context.imageSmoothingQuality = "high";
            context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
            bitmap.close();
            canvas.toBlob(function (blob) {
                done(blob && blob.size < file.size ? new File([blob], file.name, { type: "image/jpeg" }) : file);
            }, "image/jpeg", jpegQuality);
        }).catch(function () { done(file); });
    }

    function newId() {
        if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
        return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
    }

    function row(list, file) {
        var item = document.createElement("li");
        var name = document.createElement("span");
        name.className = "upload-name";
        name.textContent = file.name;
        var bar = document.createElement("progress");
        bar.max = 100;
        bar.value = 0;
        var state = document.createElement("span");
        state.className = "upload-state text-muted";
        item.appendChild(name);
        item.appendChild(bar);
        item.appendChild(state);
        list.appendChild(item);
        return { bar: bar, state: state, item: item };
    }

    function send(form, file, clientId, view, attempt, done) {
        // Refused here, before a slow connection spends minutes sending it: the server would refuse it the same way.
        if (file.size > Number(form.dataset.maxBytes)) {
            view.state.textContent = form.dataset.msgToolarge;
            view.state.classList.add("is-failed");
            done(false);
            return;
        }
        var data = new FormData();
        ["KindId", "DocumentDate", "Note", "__RequestVerificationToken"].forEach(function (field) {
            var input = form.querySelector("[name='" + field + "'], [name='Form." + field + "']");
            if (input) { data.append(field === "__RequestVerificationToken" ? field : "Form." + field, input.value); }
        });
        data.append("Form.ClientUploadId", clientId);
        data.append("Files", file, file.name);
        var request = new XMLHttpRequest();
        request.open("POST", form.action);
        request.setRequestHeader("Accept", "application/json");
        request.upload.addEventListener("progress", function (e) {
            if (e.lengthComputable) { view.bar.value = Math.round(e.loaded * 100 / e.total); }
        });
        request.addEventListener("load", function () {
            var answer = {};
            try { answer = JSON.parse(request.responseText); } catch (ignored) { answer = {}; }
            if (request.status === 200) {
                view.bar.value = 100;
                view.state.textContent = answer.alreadyThere ? form.dataset.msgAlready : form.dataset.msgUploaded;
                done(true);
            } else if (request.status >= 500 && attempt < retries) {
                retry();
            } else {
                view.state.textContent = answer.error || request.statusText;
                view.state.classList.add("is-failed");
                done(false);
            }
        });
        request.addEventListener("error", retry);
        request.addEventListener("timeout", retry);
        request.send(data);

        function retry() {
            if (attempt >= retries) {
                view.state.textContent = form.dataset.msgNetwork;
                view.state.classList.add("is-failed");
                done(false);
                return;
            }
            view.state.textContent = form.dataset.msgRetrying;
            window.setTimeout(function () { send(form, file, clientId, view, attempt + 1, done); }, 1000 * Math.pow(2, attempt));
        }
    }

    document.querySelectorAll("form[data-attachment-upload]").forEach(function (form) {
        var list = form.querySelector(".upload-progress");
        var button = form.querySelector(".upload-button");
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var files = [];
            form.querySelectorAll("input[type='file']").forEach(function (input) {
                Array.prototype.push.apply(files, Array.prototype.slice.call(input.files));
            });
            list.textContent = "";
            if (files.length === 0) {
                var empty = document.createElement("li");
                empty.className = "is-failed";
                empty.textContent = form.dataset.msgNofile;
                list.appendChild(empty);
                return;
            }
            button.disabled = true;
            var queue = files.map(function (file) { return { file: file, id: newId(), view: row(list, file) }; });
            var running = 0;
            var failed = 0;
            var finished = 0;
            function next() {
                while (running < parallel && queue.length > 0) {
                    var job = queue.shift();
                    running++;
                    job.view.state.textContent = form.dataset.msgUploading;
                    start(job);
                }
            }
            // Shrunk once, before the first try: every retry sends the same bytes under the same id.
            function start(job) {
                shrink(job.file, function (prepared) {
                    send(form, prepared, job.id, job.view, 0, function (ok) {
                        running--;
                        finished++;
                        if (!ok) { failed++; }
                        if (finished === files.length) { complete(); } else { next(); }
                    });
                });
            }
            function complete() {
                button.disabled = false;
                form.querySelectorAll("input[type='file']").forEach(function (input) { input.value = ""; });
                if (failed === 0) {
                    var note = document.createElement("li");
                    note.textContent = form.dataset.msgDone;
                    list.appendChild(note);
                    window.location.reload();
                }
            }
            next();
        });
    });
})();
