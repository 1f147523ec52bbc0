// The content origin is a different site from the platform, so browsers that block third-party
// storage make `localStorage` and `sessionStorage` throw inside the player's frames. H5P core
// reads `localStorage` while starting (its offline request queue) and would stop half-way:
// no autosave, no resizing. Where storage is blocked, give it one that lives as long as the page.
(function () {
  "use strict";

  function memoryStorage() {
    const items = new Map();
    return {
      get length() {
        return items.size;
      },
      key: (index) => Array.from(items.keys())[index] ?? null,
      getItem: (key) => (items.has(String(key)) ? items.get(String(key)) : null),
      setItem: (key, value) => items.set(String(key), String(value)),
      removeItem: (key) => items.delete(String(key)),
      clear: () => items.clear(),
    };
  }

  for (const name of ["localStorage", "sessionStorage"]) {
    try {
      window[name].getItem("tahaffuz");
    } catch {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    }
  }
})();
