import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ReactNode, useId } from 'react';

/** One row of a group table: a team, a system, a tier or a criticality. */
export interface GroupRow<T> {
  key: string;
  label: ReactNode;
  value: T;
}

/** A right-aligned figure column. */
export interface GroupColumn<T> {
  header: string;
  cell: (value: T) => ReactNode;
}

/**
 * Figures per group under a caption, the group in the first column: the
 * layout every breakdown of the overview page shares. Renders nothing for
 * no rows, so an empty breakdown leaves no bare header behind.
 */
export function GroupTable<T>(props: {
  title: string;
  groupHeader: string;
  columns: GroupColumn<T>[];
  rows: GroupRow<T>[];
}) {
  const { title, groupHeader, columns, rows } = props;
  const titleId = useId();
  if (!rows.length) return null;
  return (
    <>
      <Typography id={titleId} variant="subtitle2" component="p">
        {title}
      </Typography>
      <Table size="small" aria-labelledby={titleId}>
        <TableHead>
          <TableRow>
            <TableCell>{groupHeader}</TableCell>
            {columns.map(column => (
              <TableCell key={column.header} align="right">
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow key={row.key}>
              <TableCell component="th" scope="row">
                {row.label}
              </TableCell>
              {columns.map(column => (
                <TableCell key={column.header} align="right">
                  {column.cell(row.value)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
