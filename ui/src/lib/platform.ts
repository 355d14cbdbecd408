// Marks the webview's platform on <html> before anything is drawn, for what the styles
// choose by it: on Linux (WebKitGTK) the font (styles/tokens.css). Windows' WebView2 says
// "Windows" in its user agent, WebKitGTK "Linux".
if (/\bLinux\b/.test(navigator.userAgent)) document.documentElement.classList.add("linux");
