import { memo, useId } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/ui';

/** The designer's header: back, the automation's name, save state and the canvas commands. */
export const DesignerToolbar = memo(function DesignerToolbar({
  workspaceId,
  name,
  fallbackName,
  onNameChange,
  readOnly,
  dirty,
  canUndo,
  canRedo,
  hasSteps,
  saving,
  publishing,
  onUndo,
  onRedo,
  onLayout,
  onFit,
  onHelp,
  onSave,
  onPublish,
}: {
  workspaceId: string;
  name: string;
  fallbackName: string;
  onNameChange: (name: string) => void;
  readOnly: boolean;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  hasSteps: boolean;
  saving: boolean;
  publishing: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onLayout: () => void;
  onFit: () => void;
  onHelp: () => void;
  onSave: () => void;
  onPublish: () => void;
}) {
  const nameId = useId();
  return (
    <header className="designer-toolbar">
      <h1 className="sr-only">Design {name || fallbackName}</h1>
      <Link
        className="btn btn-ghost btn-sm"
        to={`/workspaces/${encodeURIComponent(workspaceId)}/automations`}
      >
        ← Automations
      </Link>
      <label className="sr-only" htmlFor={nameId}>
        Automation name
      </label>
      <input
        id={nameId}
        className="input designer-name"
        value={name}
        readOnly={readOnly}
        maxLength={120}
        onChange={(e) => onNameChange(e.target.value)}
      />
      <span className={`designer-dirty${dirty ? ' is-dirty' : ''}`} role="status">
        {readOnly ? 'Read only' : dirty ? 'Unsaved changes' : 'All changes saved'}
      </span>
      <span className="designer-toolbar-spacer" />
      {!readOnly && (
        <>
          <Button size="sm" variant="ghost" onClick={onUndo} disabled={!canUndo} title="Ctrl/⌘+Z">
            Undo
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={onRedo}
            disabled={!canRedo}
            title="Shift+Ctrl/⌘+Z"
          >
            Redo
          </Button>
        </>
      )}
      <Button size="sm" variant="ghost" onClick={onLayout} disabled={readOnly || !hasSteps}>
        Auto-layout
      </Button>
      <Button size="sm" variant="ghost" onClick={onFit}>
        Zoom to fit
      </Button>
      <Button size="sm" variant="ghost" onClick={onHelp} aria-label="Keyboard shortcuts">
        ?
      </Button>
      {!readOnly && (
        <>
          <Button size="sm" variant="secondary" onClick={onSave} busy={saving} title="Ctrl/⌘+S">
            Save draft
          </Button>
          <Button size="sm" onClick={onPublish} busy={publishing}>
            Publish
          </Button>
        </>
      )}
    </header>
  );
});
