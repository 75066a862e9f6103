// The Japanese /teach/ page.
// The English route's load serves both editions (it reads the edition from the route's id).
export { load } from '../../teach/+page.server';
