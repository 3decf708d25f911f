import { useState } from 'react';
import { HOLDER_ROLES, type Portfolio, type PortfolioInput, type Problem } from '../../../shared/model';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useT } from '../../app/StoreContext';

interface Props {
  portfolio?: Portfolio;
  defaultColour: string;
  onSave(input: Omit<PortfolioInput, 'id'>): Problem[];
  onClose(): void;
}

export function PortfolioForm({ portfolio, defaultColour, onSave, onClose }: Props) {
  const t = useT();
  const [holder, setHolder] = useState(portfolio?.holder ?? '');
  const [role, setRole] = useState(portfolio?.role ?? 'wethouder');
  const [party, setParty] = useState(portfolio?.party ?? '');
  const [fte, setFte] = useState(String(portfolio?.fte ?? 1).replace('.', ','));
  const [colour, setColour] = useState(portfolio?.colour ?? defaultColour);
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = () => {
    const size = Number(fte.replace(',', '.'));
    if (!Number.isFinite(size)) {
      setProblems([{ code: 'fteNotANumber', params: { value: fte }, path: ['portfolio', 'fte'] }]);
      return;
    }
    const found = onSave({ holder, role, party, fte: size, colour });
    if (found.length) setProblems(found);
    else onClose();
  };
  return (
    <FormDialog
      fieldLabels={{
        holder: t('app.portfolio.holder'),
        role: t('app.portfolio.role'),
        party: t('app.portfolio.party'),
        fte: t('app.portfolio.fte'),
        colour: t('app.portfolio.colour'),
      }}
      title={portfolio ? t('app.portfolio.edit') : t('app.portfolio.add')}
      problems={problems}
      onSave={save}
      onClose={onClose}
    >
      <Field label={t('app.portfolio.holder')} hint={t('app.portfolio.holderHint')}>
        <input value={holder} onChange={(e) => setHolder(e.target.value)} required maxLength={120} />
      </Field>
      <Field label={t('app.portfolio.role')}>
        <select value={role} onChange={(e) => setRole(e.target.value as Portfolio['role'])}>
          {HOLDER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`app.role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('app.portfolio.party')}>
        <input value={party} onChange={(e) => setParty(e.target.value)} maxLength={80} />
      </Field>
      <Field label={t('app.portfolio.fte')} hint={t('app.portfolio.fteHint')}>
        <input value={fte} onChange={(e) => setFte(e.target.value)} inputMode="decimal" />
      </Field>
      <Field label={t('app.portfolio.colour')}>
        <input type="color" value={colour} onChange={(e) => setColour(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
