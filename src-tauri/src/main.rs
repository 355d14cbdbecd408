//! The app's binary: starts the shell (`finsamkollen_app::run`).
// No console window beside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    finsamkollen_app::run();
}
