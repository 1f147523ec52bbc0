// The H5P player page, on the content origin: plays the content with h5p-standalone and relays
// its xAPI statements and its height to the platform's lesson page (and to no other page).
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("h5p-player-config").textContent);
  const element = document.getElementById("h5p-player");

  function tell(message) {
    window.parent.postMessage(message, config.platformOrigin);
  }

  function tellHeight() {
    tell({ type: "tahaffuz-h5p:height", height: document.documentElement.scrollHeight });
  }

  new window.H5PStandalone.H5P(element, config.player)
    .then(function () {
      window.H5P.externalDispatcher.on("xAPI", function (event) {
        tell({ type: "tahaffuz-h5p:xapi", statement: event.data.statement });
      });
      tell({ type: "tahaffuz-h5p:ready" });
      new ResizeObserver(tellHeight).observe(document.body);
    })
    .catch(function () {
      const message = document.createElement("p");
      message.className = "h5p-player-error";
      message.setAttribute("role", "alert");
      message.textContent = element.dataset.error;
      element.replaceChildren(message);
      tellHeight();
    });
})();
