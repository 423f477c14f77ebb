// The route-handler floor: reads a JSON body and answers 201 with a small JSON body, as a save
// does, with no session, validation or database.
export async function POST(request) {
  const body = await request.json();
  return Response.json(
    { id: String(Object.keys(body).length) },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
}
