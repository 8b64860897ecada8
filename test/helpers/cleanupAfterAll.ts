/** setupFilesAfterEnv: every test file's temporary folders go when the file is done. */
import { cleanupTempDirs } from "./tempDirs";

afterAll(cleanupTempDirs);
