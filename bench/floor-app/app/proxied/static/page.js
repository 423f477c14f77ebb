// The static floor again, behind a proxy (../../../proxy.js): what running a proxy costs.
export { default } from "../../static/page";
