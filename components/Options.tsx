/** The options page: fact sources, sites, display. Every change is validated before it is stored. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../extension/settings';
import type { OptionsController } from '../extension/options-controller';
import type { StoredPack } from '../extension/storage';
import { OPTIONS_STRINGS, browserLanguage, count, dictionary, fill, labelled, languageNames, localize, uiLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { MAX_PACK_BYTES } from '../engine/facts/validate';

export function Options({ controller: c }: { controller: OptionsController }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<StoredPack[]>([]);
  const [status, setStatus] = useState<{ field: string; ok: boolean; text: string } | null>(null);
  const [packUrl, setPackUrl] = useState('');
  const [hiddenPages, setHiddenPages] = useState(0);
  useEffect(() => {
    void c.loadSettings().then(setSettings);
    void c.loadPacks().then(setPacks);
    void c.hiddenPages().then(setHiddenPages);
  }, []);
  if (!settings) return null;
  const lang = uiLanguage(settings.language, browserLanguage(c.i18n));
  const t = localize(OPTIONS_STRINGS, 'opt_', settings.language, c.i18n);
  const rv = dictionary(lang).review;
  const bundled = c.pack;
  const save = async (patch: Partial<Settings>) => {
    setSettings(await c.saveSettings(patch));
    setStatus({ field: 'display', ok: true, text: t.saved });
  };
  const readFile = (input: HTMLInputElement) =>
    new Promise<{ text: string; name: string } | null>((resolve) => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      // The same limit as the pack loader, the pack URL fetch and `scan --facts`.
      if (file.size > MAX_PACK_BYTES) {
        setStatus({ field: input.name, ok: false, text: `${file.name}: ${(file.size / 1048576).toFixed(1)} MB > ${MAX_PACK_BYTES / 1048576} MB` });
        return resolve(null);
      }
      file.text().then((text) => resolve({ text, name: file.name }), () => resolve(null));
    });

  const Status = ({ field }: { field: string }) =>
    status?.field === field ? (
      <p class={status.ok ? 'meta' : 'error'} role={status.ok ? 'status' : 'alert'}>
        {status.text}
      </p>
    ) : null;

  const SiteList = ({ kind }: { kind: 'sitesAdded' | 'sitesExcluded' }) => {
    const [value, setValue] = useState('');
    return (
      <div>
        <h3>{kind === 'sitesAdded' ? t.added : t.excluded}</h3>
        <ul>
          {settings[kind].map((h) => (
            <li key={h}>
              {h}{' '}
              <button class="secondary" type="button" onClick={() => save({ [kind]: settings[kind].filter((x) => x !== h) })}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            const h = c.normaliseHost(value);
            if (!h) return setStatus({ field: kind, ok: false, text: t.badHost });
            setValue('');
            void save({ [kind]: [...settings[kind].filter((x) => x !== h), h] });
          }}
        >
          <input aria-label={kind === 'sitesAdded' ? t.added : t.excluded} value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} placeholder={t.hostPlaceholder} />
          <button class="secondary" type="submit">
            {t.add}
          </button>
        </form>
        <Status field={kind} />
      </div>
    );
  };

  return (
    <main class="options" style="max-width:760px;margin:0 auto;padding:20px">
      <h1>{t.title}</h1>
      <section>
        <h2>{t.sources}</h2>
        <label class="row">
          <input type="checkbox" checked={settings.bundledPack} onChange={(e) => save({ bundledPack: (e.target as HTMLInputElement).checked })} />
          {t.bundled} — {t.version} {bundled.version}, {count(lang, 'facts', bundled.facts)} ({formatDate(bundled.updated, lang)})
        </label>
        <h3>{t.packs}</h3>
        <p class="meta">{t.priority}</p>
        {packs.length === 0 && <p class="meta">{t.none}</p>}
        <ul>
          {packs.map((p) => (
            <li key={p.key} class="row">
              <strong>{p.pack.title}</strong>
              <span class="meta">
                {count(lang, 'facts', p.pack.facts.length)} · {p.source.kind === 'file' ? p.source.name : p.source.url} · {p.lastUpdate.slice(0, 10)}
              </span>
              {!!p.claimReview?.skipped.length && (
                <span class="meta" title={p.claimReview.skipped.slice(0, 20).map((s) => `${s.index + 1}: ${s.reason}`).join('\n')}>
                  {fill(rv.skipped, { n: p.claimReview.skipped.length })}
                </span>
              )}
              {p.lastError && (
                <span class="error">
                  {labelled(lang, t.lastError, p.lastError)}
                </span>
              )}
              <button class="secondary" type="button" onClick={async () => setPacks(await c.updatePack(p.key, p.enabled ? 'disable' : 'enable'))}>
                {p.enabled ? t.disable : t.enable}
              </button>
              <button class="secondary" type="button" onClick={async () => setPacks(await c.updatePack(p.key, 'up'))}>{t.up}</button>
              <button class="secondary" type="button" onClick={async () => setPacks(await c.updatePack(p.key, 'remove'))}>{t.remove}</button>
            </li>
          ))}
        </ul>
        <form
          class="row"
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await c.addPackUrl(packUrl, () => setStatus({ field: 'url', ok: true, text: t.adding }));
            if (r.ok) {
              setPackUrl('');
              setPacks(await c.loadPacks());
              setStatus({ field: 'url', ok: true, text: `${labelled(lang, t.imported, r.title)} (${count(lang, 'facts', r.count)})` });
            } else {
              setStatus({ field: 'url', ok: false, text: r.denied ? t.denied : r.error });
            }
          }}
        >
          <label>
            {t.addUrl}{' '}
            <input name="pack-url" type="url" value={packUrl} placeholder="https://…/pack.json · https://epoch.ai/data/gpu_clusters.csv" onInput={(e) => setPackUrl((e.target as HTMLInputElement).value)} />
          </label>
          <button class="primary" type="submit">
            {t.add}
          </button>
          <button
            class="secondary"
            type="button"
            onClick={async () => {
              await c.refreshPacks();
              setPacks(await c.loadPacks());
            }}
          >
            {t.refresh}
          </button>
        </form>
        <Status field="url" />
        <JsonFileInput
          label={t.importFile}
          name="pack"
          accept=".json,.jsonld,.html,.htm,application/json,application/ld+json,text/html"
          read={readFile}
          onFile={async ({ text, name }) => {
            try {
              const stored = await c.importPackFile(text, name);
              setPacks(await c.loadPacks());
              setStatus({ field: 'pack', ok: true, text: `${labelled(lang, t.imported, stored.pack.title)} (${count(lang, 'facts', stored.pack.facts.length)})` });
            } catch (err) {
              setStatus({ field: 'pack', ok: false, text: `${name}: ${(err as Error).message}` });
            }
          }}
        />
        <Status field="pack" />
      </section>
      <section>
        <h2>{t.sites}</h2>
        <details>
          <summary>
            {t.defaults} ({c.defaultSites.length})
          </summary>
          <p class="meta">{c.defaultSites.join(', ')}</p>
        </details>
        <SiteList kind="sitesAdded" />
        <SiteList kind="sitesExcluded" />
      </section>
      <section>
        <h2>{t.display}</h2>
        <label class="row">
          <input type="checkbox" checked={settings.showUnverified} onChange={(e) => save({ showUnverified: (e.target as HTMLInputElement).checked })} />
          {t.showUnverified}
        </label>
        <label class="row">
          {t.style}
          <select value={settings.badgeStyle} onChange={(e) => save({ badgeStyle: (e.target as HTMLSelectElement).value as Settings['badgeStyle'] })}>
            <option value="label">{t.label}</option>
            <option value="compact">{t.compact}</option>
          </select>
        </label>
        <label class="row">
          {t.language}
          <select value={settings.language} onChange={(e) => save({ language: (e.target as HTMLSelectElement).value as Settings['language'] })}>
            <option value="auto">{t.auto}</option>
            {languageNames().map(({ code, name }) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          {t.publishers}
          <input
            value={settings.publishersHidden.join(', ')}
            onChange={(e) => save({ publishersHidden: (e.target as HTMLInputElement).value.split(',').map((x) => x.trim()).filter(Boolean) })}
          />
        </label>
        <label class="row">
          {t.preferred}
          <input
            value={settings.publishersPreferred.join(', ')}
            onChange={(e) => save({ publishersPreferred: (e.target as HTMLInputElement).value.split(',').map((x) => x.trim()).filter(Boolean) })}
          />
        </label>
        <label class="row">
          {rv.email}
          <input
            name="report-email"
            type="email"
            value={settings.reportEmail}
            placeholder="verif@exemple.fr"
            onChange={(e) => {
              const v = (e.target as HTMLInputElement).value.trim();
              if (v && !/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]{2,}$/.test(v)) setStatus({ field: 'display', ok: false, text: rv.badEmail });
              else void save({ reportEmail: v });
            }}
          />
        </label>
        <p class="meta">{rv.emailHint}</p>
        {hiddenPages > 0 && (
          <p class="row">
            {rv.hiddenVerdicts} ({hiddenPages})
            <button
              class="secondary"
              type="button"
              onClick={async () => {
                await c.clearHiddenVerdicts();
                setHiddenPages(0);
              }}
            >
              {rv.unhideAll}
            </button>
          </p>
        )}
        <Status field="display" />
      </section>
      <section class="row">
        <button
          class="secondary"
          type="button"
          onClick={() => {
            const blob = new Blob([c.exportSettings(settings)], { type: 'application/json' });
            const a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = 'infracheck-settings.json';
            a.click();
          }}
        >
          {t.exportS}
        </button>
        <JsonFileInput
          label={t.importS}
          name="settings"
          read={readFile}
          onFile={async ({ text }) => {
            try {
              setSettings(await c.importSettings(text));
              setStatus({ field: 'settings', ok: true, text: t.settingsImported });
            } catch (err) {
              setStatus({ field: 'settings', ok: false, text: `${t.invalidSettings} (${(err as Error).message})` });
            }
          }}
        />
        <Status field="settings" />
      </section>
    </main>
  );
}

/** A file picker for a JSON file; the file is read (size-checked) and handed over, then the picker is reset. */
function JsonFileInput(props: {
  label: string;
  name: string;
  accept?: string;
  read(input: HTMLInputElement): Promise<{ text: string; name: string } | null>;
  onFile(file: { text: string; name: string }): Promise<void>;
}) {
  return (
    <label>
      {props.label}{' '}
      <input
        type="file"
        name={props.name}
        accept={props.accept ?? '.json,application/json'}
        onChange={async (e) => {
          const input = e.target as HTMLInputElement;
          const got = await props.read(input);
          input.value = '';
          if (got) await props.onFile(got);
        }}
      />
    </label>
  );
}
