// The handout's print stylesheet in Japanese (the English route reads the edition from the route's id).
export { GET, prerender } from '../../../handout/print.css/+server';
