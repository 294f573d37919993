// Copies the compiled GOV.UK Frontend assets into wwwroot (run by the project's build when they are missing).
// The GDS Transport font is licensed for GOV.UK services only, so it is not copied: site.css uses Arial.
import { cpSync, mkdirSync } from "node:fs";
const dist = "node_modules/govuk-frontend/dist/govuk";
mkdirSync("wwwroot/govuk", { recursive: true });
for (const f of ["govuk-frontend.min.css", "govuk-frontend.min.js"]) cpSync(`${dist}/${f}`, `wwwroot/govuk/${f}`);
cpSync(`${dist}/assets/images`, "wwwroot/assets/images", { recursive: true });
console.log("GOV.UK Frontend assets copied to wwwroot/govuk and wwwroot/assets");
