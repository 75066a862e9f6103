// The Japanese article's card.
// The English route's handler serves both editions (it reads the edition from the route's id).
export { GET } from '../../../cards/article.png/+server';

export const prerender = true;
