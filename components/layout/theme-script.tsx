// Runs before first paint so a chosen theme never flashes the other one, and marks that
// JavaScript runs ("js" class) so enhanced layouts apply from the first paint without a shift.
export const themeScript = `document.documentElement.classList.add("js");try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
