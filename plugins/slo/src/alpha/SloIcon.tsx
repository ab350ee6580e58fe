import SvgIcon, { SvgIconProps } from '@material-ui/core/SvgIcon';

/** A gauge: the SLO plugin's icon in the sidebar. */
export function SloIcon(props: SvgIconProps) {
  return (
    <SvgIcon {...props}>
      <path d="M12 4A10 10 0 0 0 2 14c0 2.2.7 4.2 1.9 5.9l1.6-1.2A8 8 0 0 1 4 14a8 8 0 0 1 16 0 8 8 0 0 1-1.5 4.7l1.6 1.2A10 10 0 0 0 22 14 10 10 0 0 0 12 4zm4.2 4.4-5.3 4.3a1.6 1.6 0 1 0 2.3 2.2z" />
    </SvgIcon>
  );
}
