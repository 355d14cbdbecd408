// First: asks the core for the first screen while the rest is evaluated.
import "./lib/firstStart";
import "./lib/platform";
import { mount } from "svelte";
import App from "./App.svelte";
// The shared base of tokens and primitives, in cascade order.
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/page.css";
import "./styles/forms.css";
import "./styles/buttons.css";
import "./styles/tables.css";
import "./styles/status.css";
import "./styles/dialogs.css";
import "./styles/info-popovers.css";
import "./styles/text.css";

const target = document.getElementById("app");
if (!target) throw new Error("#app saknas i index.html");

export default mount(App, { target });
