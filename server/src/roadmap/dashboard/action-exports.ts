import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { parisDay } from '../../shared/time';
import type { ActionRow } from './action-rows';

/** The columns, with a width (in characters) that keeps a long bullet readable in the spreadsheet. */
export const ACTION_COLUMNS: Array<{ header: string; width: number }> = [
  { header: 'Thématique', width: 24 },
  { header: 'N° orientation', width: 10 },
  { header: 'Orientation', width: 40 },
  { header: 'Objectif', width: 40 },
  { header: 'Action', width: 60 },
  { header: 'Statut', width: 14 },
  { header: 'Réseau', width: 24 },
  { header: 'Porteurs', width: 30 },
  { header: 'Dernière mise à jour', width: 14 },
  { header: 'Dernier commentaire', width: 50 },
  { header: 'Ligne de la CTG', width: 10 },
];

const cellsOf = (row: ActionRow, day: (at: Date) => string | Date) => [
  row.theme,
  row.orientationNumber,
  row.orientation,
  row.objective,
  row.action,
  row.status,
  row.network,
  row.leads,
  row.lastUpdateAt ? day(row.lastUpdateAt) : '',
  row.lastComment,
  row.sourceLine ?? '',
];

/** The same rows as CSV, with a BOM so that spreadsheet apps read the accents as UTF-8 (as the participants' list). */
export function actionsCsv(rows: ActionRow[]): string {
  const records = [ACTION_COLUMNS.map((c) => c.header), ...rows.map((row) => cellsOf(row, parisDay))];
  return '\ufeff' + stringify(records, { record_delimiter: 'windows' });
}

/** The rows as a workbook: a bold, frozen header with filters, sized columns, dates as dates. */
export async function actionsXlsx(rows: ActionRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Maillage';
  const sheet = workbook.addWorksheet('Actions', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ACTION_COLUMNS.map(({ header, width }) => ({ header, width }));
  // A Paris day, as a date cell at midnight UTC: spreadsheets have no time zones.
  sheet.addRows(rows.map((row) => cellsOf(row, (at) => new Date(`${parisDay(at)}T00:00:00Z`))));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ACTION_COLUMNS.length } };
  sheet.getColumn(9).numFmt = 'dd/mm/yyyy';
  for (const column of [3, 4, 5, 10]) sheet.getColumn(column).alignment = { vertical: 'top', wrapText: true };
  workbook.title = title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
