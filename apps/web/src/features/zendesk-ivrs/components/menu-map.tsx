// The IVR's routing as a map: from the default menu, each key in words, and
// where a key goes to another menu, that menu opened beneath it (once; a way
// back says so). Each menu can be opened in the editor by those who may.
import { Link } from 'react-router';
import { describeRoute, keyWords } from '@switchboard/routing-core/menu-model/describe';
import type { MenuNode } from '../utils/menu-tree';
import './menu-map.css';

interface Props {
  roots: readonly MenuNode[];
  /** The editor of a menu; absent for people who may not edit. */
  editHref?: ((menuId: string) => string) | undefined;
}

export function MenuMap({ roots, editHref }: Props) {
  return (
    <div className="menu-map">
      {roots.map((n) => (
        <MenuBox key={n.menuId} node={n} editHref={editHref} depth={0} />
      ))}
    </div>
  );
}

function MenuBox({ node, editHref, depth }: { node: MenuNode; editHref: Props['editHref']; depth: number }) {
  const Heading = depth === 0 ? 'h2' : 'h3';
  return (
    <section className="menu-map__menu" aria-label={`Menu ${node.name}`} data-menu-id={node.menuId}>
      <header className="menu-map__head">
        <Heading className="menu-map__title">{node.name}</Heading>
        {editHref && (
          <Link className="btn btn--secondary btn--sm" to={editHref(node.menuId)} aria-label={`Edit the menu ${node.name}`}>
            Edit
          </Link>
        )}
      </header>
      {node.keys.length === 0 ? (
        <p className="muted">No key does anything in this menu.</p>
      ) : (
        <ul className="menu-map__keys">
          {node.keys.map((k) => (
            <li key={k.key} className="menu-map__key">
              <span className="menu-map__key-name">{keyWords(k.key)}</span>
              <span className="menu-map__key-route">
                {describeRoute(k.route)}
                {k.backTo && <span className="muted"> (shown above)</span>}
              </span>
              {k.child && (
                <div className="menu-map__child">
                  <MenuBox node={k.child} editHref={editHref} depth={depth + 1} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
