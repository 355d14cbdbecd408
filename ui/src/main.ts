// First: asks the core for the first screen while the rest is evaluated.
import "./lib/firstStart";
import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("#app saknas i index.html");

export default mount(App, { target });
