// Svelte 5 strips TypeScript itself, so no preprocessor is needed.
export default {};
