//! Windows shows the app's pages through the Microsoft Edge WebView2 Runtime, which Windows
//! 10 and 11 normally have. Without it Tauri would open an empty window, or none, and say
//! nothing; so before anything else the app checks for it and, if it is missing, tells the
//! officer in a plain message box what to install, and exits without touching any file.

/// The exit code when the WebView2 Runtime is missing.
pub const EXIT_CODE: i32 = 3;

/// What the officer reads when the runtime is missing.
pub const MEDDELANDE: &str = "Finsamkollen behöver Microsoft Edge WebView2 Runtime för att \
kunna visa sina fönster, men den finns inte på den här datorn.\n\n\
Windows 10 och 11 har den normalt redan. Be kommunens IT-avdelning installera \
\"Microsoft Edge WebView2 Runtime\" (Evergreen) från Microsofts webbplats, eller installera \
den själv därifrån om du får installera program.\n\n\
Dina uppgifter påverkas inte. Starta Finsamkollen igen när WebView2 är installerad.";

/// Whether the window can show its pages: on Windows only with the WebView2 Runtime
/// installed; elsewhere WebKitGTK or WebKit comes with the package or the system.
pub fn available() -> bool {
    #[cfg(windows)]
    {
        tauri::webview_version().is_ok_and(|version| !version.is_empty())
    }
    #[cfg(not(windows))]
    {
        true
    }
}

/// Tells the officer what is missing (a message box, and the log) and exits.
pub fn refuse() -> ! {
    eprintln!("finsamkollen: {MEDDELANDE}");
    #[cfg(windows)]
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("Finsamkollen kan inte starta")
        .set_description(MEDDELANDE)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
    std::process::exit(EXIT_CODE);
}
