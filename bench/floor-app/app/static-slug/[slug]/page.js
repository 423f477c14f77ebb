// The static floor again at a dynamic segment prerendered with generateStaticParams, the shape
// of the Learn articles' route: what resolving such a route costs Next on each request.
export { default } from "../../static/page";

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ slug: "article" }];
}
