// The first Urdu page: fetches Noto Nastaliq Urdu (about 100 KB, over 3 s on 2G) only once the page
// has loaded, so the reader is not kept waiting for it; until it arrives the text reads in the
// phone's own Urdu font. Then a cookie tells the server the browser holds the font, and later
// pages use it from their first paint (lms/home/context_processors.py, nastaliq_fetch).
const fontScript = document.currentScript;

window.addEventListener("load", () => {
  const { stylesheet, fontUrl, cookie } = fontScript.dataset;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = stylesheet;
  link.addEventListener("load", async () => {
    const faces = await document.fonts.load('1em "Noto Nastaliq Urdu"', "\u0627");
    if (faces.length === 0) return;
    const name = fontUrl.split("/").pop();
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${cookie}=${name}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  });
  document.head.append(link);
});
