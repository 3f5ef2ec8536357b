import { useEffect, useState } from 'react';
import { getBridge, type AppInfo } from '../../bridge';

export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let active = true;
    void getBridge()
      .getAppInfo()
      .then((value) => {
        if (active) setInfo(value);
      });
    return () => {
      active = false;
    };
  }, []);
  return info;
}
