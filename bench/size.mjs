// npm run size: min + gzip sizes of the browser entries against their budgets, as a Markdown table.
// Exits 1 when an entry is over budget. Needs tsc's dist/ (npm run build).
import { formatSizeTable, measureSizes } from './size-report.mjs';

const rows = await measureSizes();
console.log(formatSizeTable(rows));
if (rows.some((row) => !row.ok)) {
  console.error('\nOver budget: see the table above.');
  process.exitCode = 1;
}
