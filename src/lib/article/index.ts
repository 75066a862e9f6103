/** The components chapters use in Markdown (imported for them by scripts/mdsvex-inject.js). */
export { default as Scrolly } from '$lib/scrolly/Scrolly.svelte';
export { default as Step } from '$lib/scrolly/Step.svelte';
export { default as Cite } from './Cite.svelte';
export { default as Check } from './Check.svelte';
export { default as Term } from './Term.svelte';
