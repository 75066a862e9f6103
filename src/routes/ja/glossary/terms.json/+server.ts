// The Japanese glossary as data, for the Japanese article's popovers.
// The English route's handler serves both editions (it reads the edition from the route's id).
export { GET } from '../../../glossary/terms.json/+server';

export const prerender = true;
