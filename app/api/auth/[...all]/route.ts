import { getAuth } from "@/lib/auth/auth";

// better-auth's HTTP API (links in emails, and any client that prefers JSON). Rate limited.
const handler = (request: Request) => getAuth().handler(request);

export { handler as GET, handler as POST };
