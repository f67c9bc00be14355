package com.huifang.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * H2's file system prefix {@code sync:} (as in {@code jdbc:h2:sync:./data/huifang}): the same database file, opened
 * for synchronous writes ({@code O_DSYNC}), so that each commit H2 writes ({@code WRITE_DELAY=0}) has reached the disk
 * when the commit returns, not only the operating system's cache. H2 offers no fsync at commit of its own. Used by the
 * {@code h2-sync} profile; registered before any data source opens a connection.
 */
@Configuration(proxyBeanMethods = false)
public class H2SyncWrites {

  @Bean
  static BeanFactoryPostProcessor h2SyncFileSystem() {
    return beanFactory -> register();
  }

  /** Makes the {@code sync:} prefix known to H2 (idempotent). */
  public static void register() {
    FilePath.register(new SyncFilePath());
  }

  /** Delegates to the wrapped path; opens a file for writing as "rwd" (content written through) instead of "rw". */
  public static final class SyncFilePath extends FilePathWrapper {

    @Override
    public String getScheme() {
      return "sync";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
      return getBase().open("rw".equals(mode) ? "rwd" : mode);
    }
  }
}
