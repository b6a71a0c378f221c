import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../electron/preload/bridge';
import type { MenuItemTemplate } from '../../../electron/main/menu';
import { menuTemplate } from '../../../electron/main/menu';

function build(platform: NodeJS.Platform, recentFiles: string[] = [], developer = false) {
  const sent: AppCommand[] = [];
  const actions: string[] = [];
  const template = menuTemplate({
    platform,
    productName: 'Setu',
    recentFiles,
    developer,
    actions: {
      send: (command) => sent.push(command),
      openTextFile: () => actions.push('openTextFile'),
      openRecent: (file) => actions.push(`openRecent ${file}`),
      clearRecent: () => actions.push('clearRecent'),
      showAbout: () => actions.push('showAbout'),
      showDataFolder: () => actions.push('showDataFolder'),
    },
  });
  const menu = (label: string) => template.find((item) => item.label === label)!;
  const item = (menuLabel: string, label: string) =>
    menu(menuLabel).submenu!.find((each) => each.label === label)!;
  return { template, sent, actions, menu, item };
}

const labels = (items: MenuItemTemplate[]) =>
  items.map((item) => item.label ?? item.role ?? item.type);

describe('the application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const { template, menu } = build('linux');
    expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(menu('&File').submenu!)).toEqual([
      '&Import Document Pair…',
      '&Open Text File…',
      'Open &Recent',
      '&Documents',
      'separator',
      '&Export…',
      'separator',
      'E&xit',
    ]);
    expect(labels(menu('&Edit').submenu!)).toEqual([
      '&Undo',
      '&Redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'separator',
      '&Find…',
    ]);
    expect(labels(menu('&View').submenu!)).toEqual([
      'Toggle &Dark Theme',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
    expect(labels(menu('&Help').submenu!)).toEqual([
      '&Keyboard Shortcuts',
      'Show the &Corpus Folder',
      'separator',
      '&About Setu',
    ]);
  });

  it('adds the app menu and the window menu on macOS', () => {
    const { template } = build('darwin');
    expect(labels(template)).toEqual(['Setu', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
  });

  it('sends page commands, and shows but does not register the keys the page handles', () => {
    const { item, sent } = build('win32');
    const undo = item('&Edit', '&Undo');
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    undo.click!();
    item('&Edit', '&Redo').click!();
    item('&Edit', '&Find…').click!();
    item('&File', '&Export…').click!();
    item('&View', 'Toggle &Dark Theme').click!();
    item('&Help', '&Keyboard Shortcuts').click!();
    item('&File', '&Import Document Pair…').click!();
    expect(sent.map((command) => command.command)).toEqual([
      'history.undo',
      'history.redo',
      'search.focus',
      'export.open',
      'theme.toggle',
      'help.shortcuts',
      'import.open',
    ]);
    // Import and Open are the menu's own keys: registered, not page shortcuts.
    expect(item('&File', '&Import Document Pair…').registerAccelerator).toBeUndefined();
    expect(item('&File', '&Open Text File…')).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
    expect(item('&File', '&Open Text File…').registerAccelerator).toBeUndefined();
  });

  it('lists recent files newest first, with a way to clear them', () => {
    const { item, actions } = build('linux', ['/home/a/chapter.bn.txt', '/home/a/chapter.en.txt']);
    const recent = item('&File', 'Open &Recent').submenu!;
    expect(labels(recent)).toEqual([
      'chapter.bn.txt — /home/a',
      'chapter.en.txt — /home/a',
      'separator',
      'Clear Recent Files',
    ]);
    recent[1]!.click!();
    recent[3]!.click!();
    expect(actions).toEqual(['openRecent /home/a/chapter.en.txt', 'clearRecent']);
    expect(build('linux').item('&File', 'Open &Recent').submenu).toEqual([
      { label: 'No Recent Files', enabled: false },
    ]);
  });

  it('offers the developer tools only in development', () => {
    expect(labels(build('linux', [], true).menu('&View').submenu!)).toContain('toggleDevTools');
    expect(labels(build('linux', [], false).menu('&View').submenu!)).not.toContain(
      'toggleDevTools',
    );
  });
});
