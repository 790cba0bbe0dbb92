-- AlterTable
ALTER TABLE "DemandStatusChange" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

