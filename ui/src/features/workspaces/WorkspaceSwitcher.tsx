import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentWorkspace } from './CurrentWorkspace';

const WORKSPACE_PAGE = /^\/workspaces\/[^/]+\/(settings|members)$/;

/** The top bar's workspace picker; on a workspace page it moves to the same page of the new one. */
export function WorkspaceSwitcher() {
  const { workspaces, current, setCurrentId, isLoading } = useCurrentWorkspace();
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();

  if (isLoading) {
    return <div className="switcher-placeholder" aria-hidden="true" />;
  }
  if (!current) return null;

  const onChange = (nextId: string) => {
    setCurrentId(nextId);
    const match = WORKSPACE_PAGE.exec(location.pathname);
    if (match) navigate(`/workspaces/${encodeURIComponent(nextId)}/${match[1]}`);
  };

  return (
    <div className="switcher">
      <label htmlFor={id} className="switcher-label">
        Workspace
      </label>
      <select
        id={id}
        className="input select switcher-select"
        value={current.id}
        onChange={(event) => onChange(event.target.value)}
      >
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </div>
  );
}
