import TopNavigation from '@cloudscape-design/components/top-navigation';

interface TopBarProps {
  homeHref: string;
  onFollowHome: () => void;
}

/**
 * The console's header: its name and who you are acting as. Until the emulator's directory of
 * principals exists there is nobody to act as, and the header says so rather than inventing one.
 */
export function TopBar({ homeHref, onFollowHome }: TopBarProps) {
  return (
    <div id="top-bar" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
      <TopNavigation
        identity={{
          href: homeHref,
          title: 'SES sending authorization console',
          onFollow: (event) => {
            event.preventDefault();
            onFollowHome();
          },
        }}
        utilities={[
          {
            type: 'button',
            text: 'Acting as: no principal',
            title: 'Choosing a principal to act as arrives with the SES emulator.',
            disableUtilityCollapse: true,
          },
        ]}
      />
    </div>
  );
}
