// The import job page: polls the job's progress (a small JSON) until it is finished, then offers the
// articles. A static file, no inline script: the Content-Security-Policy allows only 'self'.
(function () {
  "use strict";
  var section = document.getElementById("job");
  if (!section || section.dataset.finished === "1") {
    return;
  }
  var url = section.dataset.progressUrl;
  var fields = ["done", "total", "new", "updated", "unchanged", "rejected", "failed"];

  function show(progress) {
    document.getElementById("job-progress").value = progress.percent;
    document.getElementById("job-percent").textContent = progress.percent + "%";
    document.getElementById("job-state").textContent = progress.state_label;
    fields.forEach(function (name) {
      document.getElementById("job-" + name).textContent = progress[name];
    });
    document.getElementById("job-stalled").hidden = !progress.stalled;
    section.dataset.state = progress.state;
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        show(progress);
        if (progress.finished) {
          document.getElementById("job-reload").hidden = false;
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }

  window.setTimeout(poll, 500);
})();
