// An Office add-in (XML) manifest checked offline (office-addin-manifest validate needs a web service): the elements
// Excel needs, in the order the schema enforces, the shared runtime, every resid defined, every URL under one base and
// naming a file that is served, the vi-vn overrides. One function, so tests can show it catches broken manifests.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Element[];
  readonly text: string;
}

type Ordered = Record<string, unknown>[];

function toElements(nodes: Ordered): Element[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name.startsWith('?')) return [];
    const inner = node[name] as Ordered;
    const text = inner
      .filter((n) => '#text' in n)
      .map((n) => String(n['#text']))
      .join('');
    return [{ name, attrs: (node[':@'] ?? {}) as Record<string, string>, children: toElements(inner), text }];
  });
}

export function parseManifest(xml: string): Element {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest.xml is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const root = toElements(parser.parse(xml) as Ordered).find((e) => e.name === 'OfficeApp');
  if (!root) throw new Error('manifest.xml has no OfficeApp root');
  return root;
}

const child = (e: Element | undefined, name: string) => e?.children.find((c) => c.name === name);
const path = (e: Element | undefined, ...names: string[]) =>
  names.reduce<Element | undefined>((at, n) => child(at, n), e);
const all = (e: Element): Element[] => [e, ...e.children.flatMap(all)];

/** The schema's sequence for a task pane add-in's OfficeApp (OfficeAppManifest 1.1), and which of them are required. */
const OFFICE_APP_SEQUENCE = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];
const OFFICE_APP_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
const VI = 'vi-vn';

/** Checks the children of `e` appear in `sequence` order (names outside it are problems too). */
function orderProblems(where: string, e: Element | undefined, sequence: readonly string[]): string[] {
  if (!e) return [`${where} is missing`];
  const positions = e.children.map((c) => sequence.indexOf(c.name));
  const problems = e.children.filter((_, i) => positions[i] === -1).map((c) => `${where}: unexpected <${c.name}>`);
  for (let i = 1; i < positions.length; i++) {
    if (positions[i]! !== -1 && positions[i]! < positions[i - 1]!)
      problems.push(`${where}: <${e.children[i]!.name}> must come before <${e.children[i - 1]!.name}>`);
  }
  return problems;
}

/**
 * Every problem in a manifest: structure and order, shared runtime, resources, URLs (and, with `served`, that the
 * file each URL names exists in the build), localisation.
 */
export function manifestProblems(
  xml: string,
  served?: (relativePath: string) => boolean,
  base = 'https://localhost:3000/',
): string[] {
  const problems: string[] = [];
  const root = parseManifest(xml);
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') problems.push('OfficeApp must be xsi:type="TaskPaneApp"');
  problems.push(...orderProblems('OfficeApp', root, OFFICE_APP_SEQUENCE));
  for (const name of OFFICE_APP_REQUIRED) if (!child(root, name)) problems.push(`OfficeApp: <${name}> is required`);

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(child(root, 'Id')?.text ?? ''))
    problems.push('Id must be a GUID');
  if (!/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(child(root, 'Version')?.text ?? ''))
    problems.push('Version must look like 1.0.0.0');
  if (path(root, 'Hosts', 'Host')?.attrs.Name !== 'Workbook') problems.push('Hosts/Host must be Workbook (Excel)');
  const sets = path(root, 'Requirements', 'Sets')?.children ?? [];
  const set = (name: string) => sets.find((s) => s.name === 'Set' && s.attrs.Name === name);
  if (set('SharedRuntime')?.attrs.MinVersion !== '1.1') problems.push('Requirements must include SharedRuntime 1.1');
  if (!set('CustomFunctionsRuntime')) problems.push('Requirements must include CustomFunctionsRuntime');
  for (const name of ['DisplayName', 'Description']) {
    const override = child(root, name)?.children.find(
      (c) => c.name === 'Override' && c.attrs.Locale?.toLowerCase() === VI,
    );
    if (!override?.attrs.Value) problems.push(`${name} needs an Override for ${VI}`);
  }

  const overrides = child(root, 'VersionOverrides');
  if (overrides?.attrs['xsi:type'] !== 'VersionOverridesV1_0')
    problems.push('VersionOverrides must be VersionOverridesV1_0');
  problems.push(...orderProblems('VersionOverrides', overrides, ['Description', 'Requirements', 'Hosts', 'Resources']));
  const host = path(overrides, 'Hosts', 'Host');
  if (host?.attrs['xsi:type'] !== 'Workbook') problems.push('VersionOverrides Host must be xsi:type="Workbook"');
  problems.push(...orderProblems('Host', host, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']));
  if (host?.children[0]?.name !== 'Runtimes') problems.push('<Runtimes> must be the first element under <Host>');
  const runtime = path(host, 'Runtimes', 'Runtime');
  if (runtime?.attrs.resid !== 'Taskpane.Url' || runtime.attrs.lifetime !== 'long')
    problems.push('Runtime must be resid="Taskpane.Url" lifetime="long"');

  const functions = path(host, 'AllFormFactors', 'ExtensionPoint');
  if (functions?.attrs['xsi:type'] !== 'CustomFunctions')
    problems.push('AllFormFactors needs the CustomFunctions extension point');
  problems.push(...orderProblems('CustomFunctions', functions, ['Script', 'Page', 'Metadata', 'Namespace']));
  for (const part of ['Script', 'Page', 'Metadata', 'Namespace'])
    if (!child(functions, part)) problems.push(`CustomFunctions: <${part}> is required`);
  if (path(functions, 'Page', 'SourceLocation')?.attrs.resid !== 'Taskpane.Url')
    problems.push('CustomFunctions Page must be the task pane (shared runtime)');

  const desktop = child(host, 'DesktopFormFactor');
  problems.push(...orderProblems('DesktopFormFactor', desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint']));
  if (child(desktop, 'FunctionFile')?.attrs.resid !== 'Taskpane.Url')
    problems.push('FunctionFile must be the task pane URL (shared runtime)');
  const button = all(desktop ?? root).find((e) => e.name === 'Control' && e.attrs['xsi:type'] === 'Button');
  const action = child(button, 'Action');
  if (action?.attrs['xsi:type'] !== 'ShowTaskpane' || child(action, 'SourceLocation')?.attrs.resid !== 'Taskpane.Url')
    problems.push('a ribbon button must open the task pane (ShowTaskpane, Taskpane.Url)');

  const resources = child(overrides, 'Resources');
  problems.push(
    ...orderProblems('Resources', resources, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']),
  );
  const defined = new Map<string, Element>();
  for (const group of resources?.children ?? []) {
    for (const r of group.children) {
      if (defined.has(r.attrs.id ?? '')) problems.push(`resource ${r.attrs.id} is defined twice`);
      defined.set(r.attrs.id ?? '', r);
    }
  }
  const used = new Set(
    all(root)
      .filter((e) => e.attrs.resid !== undefined)
      .map((e) => e.attrs.resid!),
  );
  for (const resid of used) if (!defined.has(resid)) problems.push(`resid "${resid}" is not defined in Resources`);
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);
  const namespace = defined.get(child(functions, 'Namespace')?.attrs.resid ?? '');
  if (namespace?.attrs.DefaultValue !== 'PAPI' || namespace.children.length > 0)
    problems.push('the function namespace must be PAPI, in every language');
  for (const group of ['bt:ShortStrings', 'bt:LongStrings']) {
    const limit = group === 'bt:ShortStrings' ? 125 : 250;
    for (const s of child(resources, group)?.children ?? []) {
      const vi = s.children.find((o) => o.name === 'bt:Override' && o.attrs.Locale?.toLowerCase() === VI)?.attrs.Value;
      if (s !== namespace && !vi) problems.push(`string ${s.attrs.id} has no ${VI} override`);
      for (const value of [s.attrs.DefaultValue ?? '', vi ?? '']) {
        if (value.length > limit) problems.push(`string ${s.attrs.id} is longer than ${limit}`);
        if (value !== value.normalize('NFC')) problems.push(`string ${s.attrs.id} is not NFC`);
      }
    }
  }
  const metadataUrl = defined.get(path(functions, 'Metadata', 'SourceLocation')?.attrs.resid ?? '');
  const viMetadata = metadataUrl?.children.find((o) => o.name === 'bt:Override' && o.attrs.Locale?.toLowerCase() === VI)
    ?.attrs.Value;
  if (metadataUrl?.attrs.DefaultValue !== `${base}functions.json` || viMetadata !== `${base}functions-vi.json`)
    problems.push(`the functions metadata must be functions.json with a ${VI} override to functions-vi.json`);

  const urls = all(root).flatMap((e) =>
    [e.attrs.DefaultValue, e.attrs.Value].filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v)),
  );
  for (const url of urls) {
    if (!url.startsWith(base)) problems.push(`URL ${url} is not on ${base}`);
    else if (served && !served(url.slice(base.length)))
      problems.push(`URL ${url} names a file the build does not produce`);
  }
  if (urls.length < 8) problems.push('expected the icon, page, script and metadata URLs');
  return problems;
}
