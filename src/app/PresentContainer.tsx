import { AllProducts } from '../features/allProducts/AllProducts';
import { HistoryPlayer } from './HistoryPlayer';
import { useGlance } from './useGlance';
import { GlanceExport } from './GlanceExport';
import { PresentView } from '../features/present/PresentView';
import { Notices } from './Notices';
import { useI18n } from '../shared/i18n/useI18n';
import { useGeo, useProducts, useRecordIndex } from '../state/derived';
import { overdueText } from '../features/legend/summary';
import { useEffective } from './regions';
import { useAppStore } from '../state/store';
import { figureFileName, figureProps } from '../shared/figure/figureProps';

export default function PresentContainer() {
  const i18n = useI18n();
  const products = useProducts();
  const index = useRecordIndex();
  const geo = useGeo();
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  const select = useAppStore((s) => s.select);
  const { product, region, asOf, overdueOn, since, allProducts } = useEffective();
  const slide = useAppStore((s) => s.selection.slide);
  const glance = useGlance();
  if (!product || !region) return null;
  const changesSince = slide === 'changes' ? since : undefined;
  return (
    <PresentView
      products={products}
      product={product}
      region={region}
      asOf={asOf}
      index={index}
      geo={geo}
      recordsSettled={recordsSettled}
      // The figure of the slide shown: on the slide of changes, with them.
      figure={(p) => figureProps({ i18n, geo: geo!, index, product: p, region, asOf, since: changesSince })}
      fileName={(p) => figureFileName(p, region, asOf, changesSince)}
      overdue={(p) => overdueText(i18n, { index, product: p, region, asOf, day: overdueOn })}
      since={since}
      changesSlide={slide === 'changes' && since !== undefined}
      glance={
        glance && (
          <AllProducts
            headingLevel={2}
            glance={glance}
            region={region}
            geo={geo}
            onOpen={(id) => select({ product: id })}
          />
        )
      }
      allSlide={allProducts}
      glanceExport={glance && <GlanceExport glance={glance} />}
      player={<HistoryPlayer shortcut />}
      onHandout={() => select({ view: 'handout', slide: undefined })}
      onSlide={(id, changes) => select({ product: id, slide: changes ? 'changes' : undefined })}
      onExit={() => select({ view: 'overview', slide: undefined })}
      onLanguage={(lang) => select({ lang })}
      notices={<Notices />}
    />
  );
}
