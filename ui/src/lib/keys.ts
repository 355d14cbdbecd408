// Keys as the engines name them.

/**
 * Whether `event` is the Tab key, with or without Shift. WebKitGTK names Shift+Tab
 * "Unidentified" (GTK sends it as ISO_Left_Tab); its `code` is still "Tab". Chromium
 * names both "Tab".
 */
export const isTab = (event: KeyboardEvent): boolean => event.key === "Tab" || event.code === "Tab";
