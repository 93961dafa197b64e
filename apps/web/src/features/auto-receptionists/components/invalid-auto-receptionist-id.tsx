import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** A URL whose id cannot be a Zoom id: say so, and point back to the list. */
export function InvalidAutoReceptionistId({ id }: { id: string }) {
  return (
    <>
      <title>No such auto receptionist · Switchboard</title>
      <h1>No such auto receptionist</h1>
      <p>
        “{id}” is not an auto receptionist id. <Link to={paths.autoReceptionists}>Choose one from the list.</Link>
      </p>
    </>
  );
}
