// Assets as a table on a desktop and one card each on a phone: name (to its
// detail), type, category, the default item's language, and the last change.
import { Link } from 'react-router';
import type { AssetSummary } from '@switchboard/contract/cc-assets';
import { paths } from '@/config/paths';
import { Badge } from '@/components/ui/badge';
import { Table } from '@/components/ui/table';
import { changedWords, languageWords, typeWords } from '../utils/asset-words';

export function AssetTable({ rows }: { rows: AssetSummary[] }) {
  return (
    <Table caption="Assets in the library" cards className="asset-table">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Name</th>
          <th scope="col" role="columnheader">Type</th>
          <th scope="col" role="columnheader">Category</th>
          <th scope="col" role="columnheader">Language</th>
          <th scope="col" role="columnheader">Last changed</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((a) => (
          <tr key={a.id} role="row" data-asset={a.id}>
            <th scope="row" role="rowheader" className="asset-table__name">
              <Link to={paths.ccAsset(a.id)}>{a.name}</Link>
            </th>
            <td role="cell" data-label="Type">
              <Badge tone={a.type === 'audio' ? 'info' : 'neutral'}>{typeWords(a.type)}</Badge>
            </td>
            <td role="cell" data-label="Category">
              {a.categoryName ?? <span className="muted">None</span>}
            </td>
            <td role="cell" data-label="Language">
              {languageWords(a.language)}
            </td>
            <td role="cell" data-label="Last changed">
              {changedWords(a.modifiedBy, a.lastModified)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
