// The bare window of the start-up measurement: reports itself painted the way the app
// reports its first year table (two animation frames), through the same command.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    void window.__TAURI_INTERNALS__.invoke("first_table_painted");
  }),
);
