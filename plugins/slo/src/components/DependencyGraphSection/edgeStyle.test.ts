import { MarkerType } from 'reactflow';
import { edge } from './__fixtures__/checkoutGraph';
import { edgeLook } from './edgeStyle';

const colors = { edge: '#555', cycle: '#c00' };

describe('edgeLook', () => {
  it.each`
    criticality   | mode       | inCycle  | className                                                   | dash      | marker                    | color     | width
    ${'hard'}     | ${'sync'}  | ${false} | ${'slo-edge slo-edge--hard slo-edge--sync'}                 | ${'none'} | ${MarkerType.ArrowClosed} | ${'#555'} | ${2}
    ${'soft'}     | ${'sync'}  | ${false} | ${'slo-edge slo-edge--soft slo-edge--sync'}                 | ${'8 4'}  | ${MarkerType.ArrowClosed} | ${'#555'} | ${2}
    ${'degraded'} | ${'sync'}  | ${false} | ${'slo-edge slo-edge--degraded slo-edge--sync'}             | ${'2 4'}  | ${MarkerType.ArrowClosed} | ${'#555'} | ${2}
    ${'soft'}     | ${'async'} | ${false} | ${'slo-edge slo-edge--soft slo-edge--async'}                | ${'8 4'}  | ${MarkerType.Arrow}       | ${'#555'} | ${2}
    ${'hard'}     | ${'sync'}  | ${true}  | ${'slo-edge slo-edge--hard slo-edge--sync slo-edge--cycle'} | ${'none'} | ${MarkerType.ArrowClosed} | ${'#c00'} | ${3}
  `(
    'draws a $criticality $mode edge (cycle: $inCycle)',
    ({ criticality, mode, inCycle, className, dash, marker, color, width }) => {
      const look = edgeLook(
        edge('a', 'b', { criticality, communicationMode: mode }),
        inCycle,
        colors,
      );
      expect(look.className).toBe(className);
      expect(look.style).toEqual({
        stroke: color,
        strokeWidth: width,
        strokeDasharray: dash,
      });
      expect(look.markerEnd).toEqual({
        type: marker,
        color,
        width: 18,
        height: 18,
      });
    },
  );

  it('describes the edge in words', () => {
    expect(
      edgeLook(
        edge('api', 'db', {
          criticality: 'soft',
          communicationMode: 'async',
          redundancyGroup: 'db',
        }),
        true,
        colors,
      ).ariaLabel,
    ).toBe(
      'api depends on db: soft, asynchronous, redundancy group db, part of an open dependency cycle',
    );
  });
});
